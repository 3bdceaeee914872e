package org.hutong.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write route the application maps (POST, PUT, PATCH, DELETE), read from the handler mapping
 * so that routes of modules added later join by default, with what each takes: path variables,
 * form fields or query parameters, a JSON body's fields, files. Sign-in and sign-out, which Spring
 * Security answers before MVC, are added by hand.
 */
final class WriteRoutes {

	private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
			RequestMethod.DELETE);

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

	private WriteRoutes() {
	}

	/**
	 * One way in.
	 *
	 * @param fields form fields or query parameters, by name, with their Java type
	 * @param json the fields of the JSON body, or {@code null} when the route reads no body
	 * @param files whether the route reads uploads (then it is probed as multipart)
	 * @param required parameters the mapping itself requires ({@code params = "leadId"})
	 * @param enums path variables that name an enum constant, with the constants' names
	 */
	record Route(String method, String pattern, Map<String, Class<?>> fields, Map<String, Class<?>> json,
			boolean files, List<String> required, Map<String, List<String>> enums) {

		boolean isApi() {
			return pattern.startsWith("/api/");
		}

		List<String> variables() {
			List<String> names = new ArrayList<>();
			Matcher matcher = VARIABLE.matcher(pattern);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
			return names;
		}

		/** Destroying routes go last, so the records the others need are still there. */
		boolean destroys() {
			return method.equals("DELETE") || pattern.endsWith("/delete") || pattern.endsWith("/purge")
					|| pattern.endsWith("/disable") || pattern.equals("/logout");
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	static List<Route> of(RequestMappingHandlerMapping mappings) {
		List<Route> routes = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> routes.addAll(routes(info, handler)));
		routes.add(new Route("POST", "/login", strings("tenant", "username", "password", "remember-me"), null, false,
				List.of(), Map.of()));
		routes.add(new Route("POST", "/logout", Map.of(), null, false, List.of(), Map.of()));
		routes.sort(Comparator.comparing(Route::destroys).thenComparing(Route::toString));
		return routes;
	}

	private static List<Route> routes(RequestMappingInfo info, HandlerMethod handler) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		if (!methods.isEmpty() && methods.stream().noneMatch(WRITES::contains)) {
			return List.of();
		}
		Map<String, Class<?>> fields = new LinkedHashMap<>();
		Map<String, Class<?>> json = null;
		boolean files = info.getConsumesCondition().getConsumableMediaTypes().stream()
			.anyMatch(type -> type.getType().equals("multipart"));
		Map<String, List<String>> enums = new LinkedHashMap<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				json = propertiesOf(type);
			}
			else if (parameter.hasParameterAnnotation(PathVariable.class)) {
				if (type.isEnum()) {
					enums.put(nameOf(parameter), constants(type));
				}
			}
			else if (parameter.hasParameterAnnotation(RequestParam.class)) {
				fields.put(nameOf(parameter), type);
			}
			else if (isForm(parameter)) {
				fields.putAll(propertiesOf(type));
			}
			files |= MultipartFile.class.isAssignableFrom(type) || fields.values().stream()
				.anyMatch(field -> MultipartFile.class.isAssignableFrom(field));
		}
		List<String> required = info.getParamsCondition().getExpressions().stream()
			.filter(expression -> !expression.isNegated())
			.map(expression -> expression.getName())
			.toList();
		List<Route> routes = new ArrayList<>();
		for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.POST) : methods) {
			if (WRITES.contains(method)) {
				for (String pattern : info.getPatternValues()) {
					routes.add(new Route(method.name(), pattern, fields, json, files, required, enums));
				}
			}
		}
		return routes;
	}

	/** A form object: not the signed-in user, a header, or what Spring hands in (request, model, errors). */
	private static boolean isForm(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return !parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
				&& !parameter.hasParameterAnnotation(RequestHeader.class) && !BeanUtils.isSimpleProperty(type)
				&& (type.isRecord() || type.getPackageName().startsWith("org.hutong"));
	}

	private static String nameOf(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null && !param.name().isEmpty()) {
			return param.name();
		}
		PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
		if (variable != null && !variable.name().isEmpty()) {
			return variable.name();
		}
		return parameter.getParameterName();
	}

	/** A record's components or a bean's writable properties, with the element type of a list. */
	static Map<String, Class<?>> propertiesOf(Class<?> type) {
		Map<String, Class<?>> properties = new LinkedHashMap<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				properties.put(component.getName(), elementType(component.getType(), component.getGenericType()));
			}
		}
		else if (type.getPackageName().startsWith("org.hutong")) {
			for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
				if (property.getWriteMethod() != null) {
					properties.put(property.getName(), property.getPropertyType());
				}
			}
		}
		return properties;
	}

	private static Class<?> elementType(Class<?> type, Type generic) {
		if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		return type;
	}

	private static List<String> constants(Class<?> type) {
		List<String> names = new ArrayList<>();
		for (Object constant : type.getEnumConstants()) {
			names.add(((Enum<?>) constant).name());
		}
		return names;
	}

	private static Map<String, Class<?>> strings(String... names) {
		Map<String, Class<?>> fields = new LinkedHashMap<>();
		for (String name : names) {
			fields.put(name, String.class);
		}
		return fields;
	}
}
