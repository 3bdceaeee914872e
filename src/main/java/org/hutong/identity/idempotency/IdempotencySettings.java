package org.hutong.identity.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hutong.identity.idempotency.*}: how long a key's first answer is kept, and after how long
 * a request still "in progress" counts as abandoned (its node died), so that a retry may run it.
 */
@ConfigurationProperties("hutong.identity.idempotency")
public record IdempotencySettings(@DefaultValue("24h") Duration keepFor, @DefaultValue("5m") Duration abandonedAfter) {
}
