package cn.congress.nomination.simulation;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Turns {@code java -jar … simulate …} into the simulator's configuration: the command on, the web server on a random
 * port (the users' calls go to it), the demo off, weekends-only counting for years the shipped calendar lacks (the
 * reference election is in 2027), and — unless a data directory or database is given — a new H2 directory of its own.
 */
class SimulateEnvironment implements EnvironmentPostProcessor {

  static final String COMMAND = "simulate";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    PropertySource<?> commandLine = environment.getPropertySources().get("commandLineArgs");
    Object nonOptions = commandLine == null ? null : commandLine.getProperty("nonOptionArgs");
    if (nonOptions == null || !String.valueOf(nonOptions).split(",")[0].equals(COMMAND)) return;
    Map<String, Object> properties = new HashMap<>();
    properties.put("nomination.simulate.command", "true");
    properties.put("server.port", "0");
    properties.put("nomination.demo.enabled", "false");
    properties.put("nomination.calendar.unknown-years", "WEEKENDS_ONLY");
    if (!commandLine.containsProperty("nomination.data-dir") && System.getenv("NOMINATION_DATA_DIR") == null) {
      properties.put("nomination.data-dir", "./data/simulation-"
          + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }
    // below the command line (which may still set any of these), above the application's files
    MapPropertySource simulate = new MapPropertySource("simulateCommand", properties);
    environment.getPropertySources().addAfter("commandLineArgs", simulate);
  }
}
