package cn.congress.nomination.notice;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the dispatcher every {@code nomination.notices.interval} unless {@code nomination.notices.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "nomination.notices.enabled", havingValue = "true", matchIfMissing = true)
class NoticeSchedule implements SchedulingConfigurer {

  private final NoticeDispatcher dispatcher;
  private final Duration interval;

  NoticeSchedule(NoticeDispatcher dispatcher, @Value("${nomination.notices.interval:5s}") Duration interval) {
    this.dispatcher = dispatcher;
    this.interval = interval;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(dispatcher::dispatchPending, interval);
  }
}
