/**
 * Company names as the system reads them: normalisation (有限公司, 省市 prefixes), 统一社会信用代码,
 * similar-name keys and the search keys of customers and leads, spelled with
 * {@link org.hutong.shared.Pinyin}. Open to other modules as the named interface {@code customers :: naming}.
 */
@org.springframework.modulith.NamedInterface("naming")
package org.hutong.customers.naming;
