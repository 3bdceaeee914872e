package org.hutong.web.shell;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;

import org.hutong.web.EnterpriseZone;
import org.hutong.web.PageTools;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages are JTE templates (ADR 0030), precompiled at build time. Every template gets {@code ui}, the
 * {@link PageTools} of its request, built when the page renders, with the controller's whole model
 * (so a form's fields are read with their binding results).
 */
@Configuration(proxyBeanMethods = false)
class PageViews {

	@Bean
	JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties, MessageSource messages,
			Clock clock) {
		return new PageViewResolver(templates, properties, messages, clock);
	}

	static final class PageViewResolver extends JteViewResolver {

		private final TemplateEngine templates;

		private final MessageSource messages;

		private final Clock clock;

		PageViewResolver(TemplateEngine templates, JteProperties properties, MessageSource messages, Clock clock) {
			super(templates, properties);
			this.templates = templates;
			this.messages = messages;
			this.clock = clock;
			setContentType("text/html;charset=UTF-8");
		}

		@Override
		protected AbstractUrlBasedView instantiateView() {
			return new PageView(templates, messages, clock);
		}
	}

	static final class PageView extends JteView {

		private final MessageSource messages;

		private final Clock clock;

		PageView(TemplateEngine templates, MessageSource messages, Clock clock) {
			super(templates);
			this.messages = messages;
			this.clock = clock;
		}

		@Override
		protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
				HttpServletResponse response) throws Exception {
			model.put("ui", new PageTools(messages, request, response, RequestContextUtils.getLocale(request),
					EnterpriseZone.DEFAULT, clock.instant(), model));
			super.renderMergedTemplateModel(model, request, response);
		}
	}
}
