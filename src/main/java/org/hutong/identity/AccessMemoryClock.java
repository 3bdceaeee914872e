package org.hutong.identity;

import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ticker that times how long account states and bearer principals are remembered
 * ({@link AccessChanges#MEMORY}): the system's in the application, a hand-moved one in tests that
 * play "another node" and let the memory expire without waiting.
 */
@Configuration(proxyBeanMethods = false)
class AccessMemoryClock {

	@Bean
	Ticker accessMemoryTicker() {
		return Ticker.systemTicker();
	}
}
