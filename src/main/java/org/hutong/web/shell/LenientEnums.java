package org.hutong.web.shell;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Reads an enum from a request parameter regardless of case, so {@code ?scope=team} means
 * {@code TEAM}: links people type or share are not rejected for their spelling. Blank is no value;
 * a word that names no constant still fails binding as before.
 */
final class LenientEnums implements ConverterFactory<String, Enum<?>> {

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public <T extends Enum<?>> Converter<String, T> getConverter(Class<T> targetType) {
		Class<?> type = targetType;
		while (type != null && !type.isEnum()) {
			type = type.getSuperclass();
		}
		Class<? extends Enum> enumType = (Class<? extends Enum>) type;
		return source -> (T) parse(enumType, source);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Enum<?> parse(Class<? extends Enum> type, String source) {
		String text = source.strip();
		if (text.isEmpty()) {
			return null;
		}
		for (Enum<?> constant : type.getEnumConstants()) {
			if (constant.name().equals(text)) {
				return constant;
			}
		}
		for (Enum<?> constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(text)) {
				return constant;
			}
		}
		return Enum.valueOf(type, text); // names no constant: the same failure Spring's own converter gives
	}
}
