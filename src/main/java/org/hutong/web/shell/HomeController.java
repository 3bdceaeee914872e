package org.hutong.web.shell;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 工作台 and the tabs whose modules are not here yet. The home page greets the user and holds the
 * card slots later modules fill; it shows no numbers it cannot back.
 */
@Controller
class HomeController {

	private static final ZoneId ZONE = ShellModel.DEFAULT_ZONE;

	private final Clock clock;

	HomeController(Clock clock) {
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ZONE);
		model.addAttribute("today", now.toLocalDate());
		model.addAttribute("greeting", greetingKey(now.getHour()));
		return "web/home";
	}

	static String greetingKey(int hour) {
		if (hour < 5 || hour >= 19) {
			return "home.greeting.evening";
		}
		return hour < 12 ? "home.greeting.morning" : "home.greeting.afternoon";
	}

	@GetMapping({ "/customers", "/projects", "/feed" })
	String comingSoon(Model model, jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("section", request.getRequestURI().substring(1));
		return "web/coming-soon";
	}
}
