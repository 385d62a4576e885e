package cn.congress.nomination.simulation;

/** A step of the simulated campaign that did not go as a real user's would: the simulation stops with its message. */
public class SimulationFailure extends RuntimeException {
  public SimulationFailure(String message) {
    super(message);
  }

  public SimulationFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
