package org.hutong.web.shell;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.hutong.web.LanguagePreference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/** Locale resolution, the htmx fragment convention and enum parameters in any case. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	/**
	 * The language of a request: chosen in this session, else the user's profile, else the
	 * browser's Accept-Language when we speak it, else zh-CN.
	 */
	@Bean
	LocaleResolver localeResolver() {
		SessionLocaleResolver resolver = new SessionLocaleResolver();
		resolver.setDefaultLocaleFunction(WebConfig::defaultLocale);
		return resolver;
	}

	static Locale defaultLocale(HttpServletRequest request) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof LanguagePreference preference
				&& preference.language() != null) {
			return supported(Locale.forLanguageTag(preference.language()));
		}
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return best == null ? Locale.SIMPLIFIED_CHINESE : best;
		}
		catch (IllegalArgumentException malformed) {
			return Locale.SIMPLIFIED_CHINESE;
		}
	}

	static Locale supported(Locale locale) {
		return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	/** {@code ?scope=team} binds like {@code ?scope=TEAM}: {@link LenientEnums}. */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new LenientEnums());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
		lang.setParamName("lang");
		lang.setIgnoreInvalidLocale(true);
		registry.addInterceptor(lang).addPathPatterns("/login", "/platform/login");
		registry.addInterceptor(new HtmxFragmentInterceptor());
	}
}
