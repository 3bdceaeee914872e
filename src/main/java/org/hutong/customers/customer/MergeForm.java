package org.hutong.customers.customer;

import jakarta.validation.constraints.NotNull;

/**
 * 合并: the other customer (the duplicate, merged into this one) and the versions the user previewed,
 * so a merge after either changed answers a conflict. Versions left out are not checked.
 */
public record MergeForm(@NotNull(message = "{customer.required}") Long otherId, Long version, Long otherVersion) {
}
