package org.hutong.approvals.api;

import org.hutong.approvals.flow.FlowDefinition;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a definition sent to the API the way a person writes it: a flag left out (such as a node's
 * {@code commentRequired}) is false rather than an unreadable request, as the designer leaves them out too.
 */
class LenientDefinition extends ValueDeserializer<FlowDefinition> {

	private static final JsonMapper LENIENT = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	@Override
	public FlowDefinition deserialize(JsonParser parser, DeserializationContext context) {
		JsonNode tree = context.readTree(parser);
		return LENIENT.treeToValue(tree, FlowDefinition.class);
	}
}
