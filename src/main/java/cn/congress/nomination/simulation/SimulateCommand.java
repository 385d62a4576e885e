package cn.congress.nomination.simulation;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar nomination-engine.jar simulate --branches N [--threads T] [--progress-seconds S]
 * [--through round-one|end]}: runs the simulation, prints its tables and exits 0; a refused step or a wrong argument
 * exits 1 with the reason. It runs when the application is ready, after the start-up listeners (the role groups of
 * AccessSetup) have run.
 */
@Component
@ConditionalOnProperty(name = "nomination.simulate.command", havingValue = "true")
class SimulateCommand {

  private static final Logger log = LoggerFactory.getLogger(SimulateCommand.class);

  private final Simulation simulation;
  private final ApplicationContext context;
  private final ApplicationArguments args;

  SimulateCommand(Simulation simulation, ApplicationContext context, ApplicationArguments args) {
    this.simulation = simulation;
    this.context = context;
    this.args = args;
  }

  /**
   * Starts the run on a thread of its own: the other ready listeners (among them the one that starts Camunda's job
   * executor, which moves the campaign's fan-out on) must finish first.
   */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  public void start() {
    Thread thread = new Thread(this::run, "simulation");
    thread.setDaemon(false);
    thread.start();
  }

  private void run() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int code;
    try {
      Simulation.Options options = options(List.of(args.getSourceArgs()));
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      SimulationResult result = simulation.run(options, port, out);
      out.println();
      out.println(result.table());
      code = 0;
    } catch (IllegalArgumentException | SimulationFailure e) {
      log.error("Simulation failed", e);
      out.println("simulate: FAILED: " + e.getMessage());
      code = 1;
    } catch (RuntimeException e) {
      log.error("Simulation failed", e);
      out.println("simulate: FAILED: " + e);
      code = 1;
    }
    int exit = code;
    System.exit(SpringApplication.exit(context, () -> exit));
  }

  /** Reads {@code --branches N} or {@code --branches=N} (and the same for threads, progress-seconds, through). */
  static Simulation.Options options(List<String> args) {
    int branches = value(args, "branches", -1);
    if (branches < 0) throw new IllegalArgumentException("usage: simulate --branches N [--threads T]");
    if (branches < 23) throw new IllegalArgumentException("--branches must be at least 23 (one per recommending unit)");
    int threads = value(args, "threads", Runtime.getRuntime().availableProcessors());
    if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
    String through = text(args, "through");
    Simulation.Reach reach = through == null ? Simulation.Reach.END : Simulation.Reach.of(through);
    return new Simulation.Options(branches, threads, value(args, "progress-seconds", 5), reach);
  }

  private static String text(List<String> args, String name) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--" + name) && i + 1 < args.size()) return args.get(i + 1);
      if (a.startsWith("--" + name + "=")) return a.substring(name.length() + 3);
    }
    return null;
  }

  private static int value(List<String> args, String name, int otherwise) {
    String text = text(args, name);
    if (text == null) return otherwise;
    try {
      return Integer.parseInt(text.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " takes a whole number, not '" + text + "'");
    }
  }
}
