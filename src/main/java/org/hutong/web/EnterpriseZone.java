package org.hutong.web;

import java.time.ZoneId;

/** The zone times are shown in: stored as UTC instants, shown in the enterprise's zone. */
public final class EnterpriseZone {

	public static final ZoneId DEFAULT = ZoneId.of("Asia/Shanghai");

	private EnterpriseZone() {
	}
}
