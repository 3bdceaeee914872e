package org.hutong.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileLinksTests {

	@Test
	void filesHaveAnExtensionInTheirLastSegment() {
		assertThat(FileLinks.isFile("/css/app.css")).isTrue();
		assertThat(FileLinks.isFile("/webjars/htmx.org/dist/htmx.min.js")).isTrue();
		assertThat(FileLinks.isFile("/manifest.webmanifest?v=2")).isTrue();
	}

	@Test
	void pagesDoNot() {
		assertThat(FileLinks.isFile("/feed/posts/42")).isFalse();
		assertThat(FileLinks.isFile("/feed?topic=a.b")).isFalse();
		assertThat(FileLinks.isFile("/customers/7#follow-ups.x")).isFalse();
		assertThat(FileLinks.isFile("/.well-known/x")).isFalse();
		assertThat(FileLinks.isFile("/")).isFalse();
	}
}
