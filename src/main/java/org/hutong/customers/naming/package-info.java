/**
 * Chinese names as the system reads them: pinyin (full, initials, a person's surname as a surname),
 * company-name normalisation, 统一社会信用代码 and search keys. Open to other modules as the named
 * interface {@code customers :: naming}: the feed spells colleagues' names with the same pinyin.
 */
@org.springframework.modulith.NamedInterface("naming")
package org.hutong.customers.naming;
