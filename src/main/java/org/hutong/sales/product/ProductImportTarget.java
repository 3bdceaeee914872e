package org.hutong.sales.product;

import java.util.Locale;
import java.util.Map;

import org.hutong.identity.SignedInUser;

/**
 * Who a product import runs as and what it reads once per pass.
 *
 * @param importer the user who started it, with their current rights
 * @param categories the enterprise's category ids by path (开关设备 › 环网柜)
 * @param statuses every status by its code and its labels in both languages, folded
 * @param locale the language of row errors
 * @param dryRun check only, write nothing
 */
record ProductImportTarget(SignedInUser importer, Map<String, Long> categories, Map<String, ProductStatus> statuses,
		Locale locale, boolean dryRun) {
}
