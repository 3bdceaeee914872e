package org.hutong.approvals.flow;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * Definitions, routes and form values as the JSON text the tables keep. One mapper of its own, so
 * what is stored does not change with the web layer's settings. A flag added later (a node's
 * signature, say) is absent from what was stored before: it reads as false, never as an error.
 */
public final class FlowJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private FlowJson() {
	}

	public static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	public static FlowDefinition definition(String json) {
		return JSON.readValue(json, FlowDefinition.class);
	}

	public static <T> T read(String json, Class<T> type) {
		return JSON.readValue(json, type);
	}

	public static Map<String, Object> values(String json) {
		return JSON.readValue(json, new TypeReference<Map<String, Object>>() {
		});
	}
}
