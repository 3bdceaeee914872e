/**
 * Company names as the system reads them: normalisation (有限公司, 省市 prefixes),
 * similar-name keys and the search keys of customers and leads (the 统一社会信用代码 check is
 * {@link org.hutong.shared.CreditCode}), spelled with
 * {@link org.hutong.shared.Pinyin}. Open to other modules as the named interface {@code customers :: naming}.
 */
@org.springframework.modulith.NamedInterface("naming")
package org.hutong.customers.naming;
