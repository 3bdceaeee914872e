package org.hutong.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the session list names a device from its User-Agent; no Spring. */
class DevicesTests {

	@Test
	void namesCommonBrowsersAndSystems() {
		assertThat(Devices.describe("Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/118.0 Mobile Safari/537.36 MicroMessenger/8.0.47")).isEqualTo("WeChat · Android");
		assertThat(Devices.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/124.0 Safari/537.36 Edg/124.0")).isEqualTo("Edge · Windows");
		assertThat(Devices.describe("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
				+ "Version/17.4 Safari/605.1.15")).isEqualTo("Safari · macOS");
		assertThat(Devices.describe("Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"))
			.isEqualTo("Firefox · Linux");
	}

	@Test
	void anUnknownAgentIsShownByItsFirstWords() {
		assertThat(Devices.describe("okhttp/4.12.0")).isEqualTo("okhttp/4.12.0");
		assertThat(Devices.describe("x".repeat(100))).hasSize(41).endsWith("…");
		assertThat(Devices.describe(null)).isEqualTo("?");
		assertThat(Devices.describe("  ")).isEqualTo("?");
	}
}
