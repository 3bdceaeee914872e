package org.hutong.approvals.flow;

/**
 * What is wrong with a definition, keyed for the designer: {@code field} names the node (its id)
 * or {@code nodes} / {@code rules}; {@code code} is a message key.
 */
public record DefinitionProblem(String field, String code) {
}
