package org.defencetracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DefenceTrackerApplication {
    public static void main(String[] args) {
        SpringApplication.run(DefenceTrackerApplication.class, args);
    }
}
