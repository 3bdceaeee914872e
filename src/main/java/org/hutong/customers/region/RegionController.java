package org.hutong.customers.region;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cascading 省 / 市 / 区县 picker: htmx swaps these {@code <option>} lists into the city and county
 * selects when the level above changes. An unknown or missing code gets the placeholder alone, never
 * an error, since a picker must keep working whatever a stale page sends.
 * <p>
 * The selects must be named {@code province} and {@code city} (htmx sends a select's own value under
 * its name), e.g. {@code <select name="province" hx-get="/regions/cities" hx-target="#city">}.
 */
@Controller
@RequestMapping("/regions")
class RegionController {

	private static final String OPTIONS = "customers/regions/";

	private final Regions regions;

	RegionController(Regions regions) {
		this.regions = regions;
	}

	@GetMapping("/cities")
	String cities(@RequestParam(required = false) String province, Model model) {
		model.addAttribute("regions", regions.citiesOf(province));
		return OPTIONS + "cities";
	}

	@GetMapping("/counties")
	String counties(@RequestParam(required = false) String city, Model model) {
		model.addAttribute("regions", regions.countiesOf(city));
		return OPTIONS + "counties";
	}
}
