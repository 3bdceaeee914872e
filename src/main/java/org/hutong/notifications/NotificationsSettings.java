package org.hutong.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the live stream ({@code hutong.notifications}).
 *
 * @param pollInterval how often each node looks for notifications and pulses other nodes wrote (ADR 0016)
 * @param heartbeat how often an idle stream gets a comment line, so proxies keep it open
 * @param streamTimeout how long one stream lives before the browser reconnects
 * @param keepSignals how long the feed's pulses stay in the database before they are pruned
 */
@ConfigurationProperties("hutong.notifications")
public record NotificationsSettings(@DefaultValue("PT1S") Duration pollInterval,
		@DefaultValue("PT20S") Duration heartbeat, @DefaultValue("PT30M") Duration streamTimeout,
		@DefaultValue("PT10M") Duration keepSignals) {
}
