package org.hutong.identity.signin;

import java.util.List;
import java.util.Locale;

/**
 * Names a device from its browser's User-Agent for the session list on 我的 — "Chrome · Android",
 * "WeChat · iPhone" — good enough for a person to recognise their own phone or laptop, not for
 * statistics. An unknown agent is named by its first words.
 */
final class Devices {

	private record Mark(String token, String name) {
	}

	// order matters: Edge and WeChat also say Chrome or Safari, Chrome also says Safari
	private static final List<Mark> BROWSERS = List.of(new Mark("micromessenger", "WeChat"),
			new Mark("dingtalk", "DingTalk"), new Mark("edg/", "Edge"), new Mark("firefox/", "Firefox"),
			new Mark("chrome/", "Chrome"), new Mark("crios/", "Chrome"), new Mark("safari/", "Safari"),
			new Mark("curl/", "curl"));

	private static final List<Mark> SYSTEMS = List.of(new Mark("iphone", "iPhone"), new Mark("ipad", "iPad"),
			new Mark("android", "Android"), new Mark("harmonyos", "HarmonyOS"), new Mark("windows", "Windows"),
			new Mark("mac os x", "macOS"), new Mark("cros", "ChromeOS"), new Mark("linux", "Linux"));

	private Devices() {
	}

	static String describe(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return "?";
		}
		String agent = userAgent.toLowerCase(Locale.ROOT);
		String browser = first(BROWSERS, agent);
		String system = first(SYSTEMS, agent);
		if (browser == null && system == null) {
			String clean = userAgent.replaceAll("\\p{Cntrl}", "").strip();
			return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
		}
		return browser == null ? system : system == null ? browser : browser + " · " + system;
	}

	private static String first(List<Mark> marks, String agent) {
		return marks.stream().filter(mark -> agent.contains(mark.token())).map(Mark::name).findFirst().orElse(null);
	}
}
