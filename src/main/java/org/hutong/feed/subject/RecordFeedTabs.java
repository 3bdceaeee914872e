package org.hutong.feed.subject;

import org.hutong.web.RecordTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The 动态 tab the feed adds to the pages of records posts may be about: their posts and a composer. */
@Configuration(proxyBeanMethods = false)
class RecordFeedTabs {

	@Bean
	static RecordTab customerFeedTab() {
		return new RecordTab("customer", "feed", "feed.tab.record", "/feed?subject=customer:{id}", 60,
				"feed.read");
	}
}
