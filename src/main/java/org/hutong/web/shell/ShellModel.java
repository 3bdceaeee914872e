package org.hutong.web.shell;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;

import org.hutong.web.EnterpriseZone;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page may need: the path (to mark the active tab), the zone times are shown in and
 * the current instant. Times are stored in UTC and shown in the enterprise's zone.
 */
@ControllerAdvice
class ShellModel {

	static final ZoneId DEFAULT_ZONE = EnterpriseZone.DEFAULT;

	private final Clock clock;

	ShellModel(Clock clock) {
		this.clock = clock;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return DEFAULT_ZONE;
	}

	@ModelAttribute("now")
	Instant now() {
		return clock.instant();
	}
}
