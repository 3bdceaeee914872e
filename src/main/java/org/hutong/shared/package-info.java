/**
 * Value types every module may use: the tenant marker for events and small records, a reference to
 * any module's record ({@link org.hutong.shared.SubjectRef}, {@code customer:42}), and the paging
 * pattern of searchable lists ({@link org.hutong.shared.KeywordPlan}, {@link org.hutong.shared.Total},
 * {@link org.hutong.shared.CappedCount}), and {@link org.hutong.shared.Pinyin}, how Chinese names are spelled
 * for search (customers, leads and people alike), and {@link org.hutong.shared.RecordLinks}, how one
 * module's records point at another's (an approval form's 关联客户) without importing it, and
 * {@link org.hutong.shared.CreditCode}, the 统一社会信用代码 check (a customer's code, a buyer's 纳税人识别号). Open to all modules; owns no tables.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.hutong.shared;
