package org.hutong.web.shell;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

import org.hutong.web.EnterpriseZone;
import org.hutong.web.HomeAction;
import org.hutong.web.HomeCard;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 工作台. The home page greets the user, offers the quick
 * actions modules contribute ({@link HomeAction}) and holds the card slots they fill ({@link HomeCard});
 * it shows no numbers it cannot back, and nothing the user may not do.
 */
@Controller
class HomeController {

	private static final ZoneId ZONE = EnterpriseZone.DEFAULT;

	private final Clock clock;

	private final List<HomeCard> cards;

	private final List<HomeAction> actions;

	HomeController(Clock clock, List<HomeCard> cards, List<HomeAction> actions) {
		this.clock = clock;
		this.cards = cards.stream().sorted(Comparator.comparingInt(HomeCard::order)).toList();
		this.actions = actions.stream().sorted(Comparator.comparingInt(HomeAction::order)).toList();
	}

	@GetMapping("/")
	String home(Authentication user, Model model) {
		ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ZONE);
		model.addAttribute("today", now.toLocalDate());
		model.addAttribute("greeting", greetingKey(now.getHour()));
		model.addAttribute("cards", cards.stream().filter(card -> allowed(card.permission(), user)).toList());
		model.addAttribute("actions", actions.stream().filter(action -> allowed(action.permission(), user)).toList());
		return "web/home";
	}

	private static boolean allowed(String permission, Authentication user) {
		return permission == null
				|| user.getAuthorities().stream().anyMatch(granted -> permission.equals(granted.getAuthority()));
	}

	static String greetingKey(int hour) {
		if (hour < 5 || hour >= 19) {
			return "home.greeting.evening";
		}
		return hour < 12 ? "home.greeting.morning" : "home.greeting.afternoon";
	}
}
