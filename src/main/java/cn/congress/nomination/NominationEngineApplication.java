package cn.congress.nomination;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class NominationEngineApplication {
  public static void main(String[] args) {
    SpringApplication.run(NominationEngineApplication.class, args);
  }
}
