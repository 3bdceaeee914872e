package org.hutong;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HutongApplication {

	public static void main(String[] args) {
		SpringApplication.run(HutongApplication.class, args);
	}

	/** The one clock every module reads, so tests can fix time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
