package org.hutong.customers.imports;

import java.util.Set;

import org.hutong.transfer.ImportColumn;

/**
 * A customer field a column of the file can fill. Labels are {@code import.field.<name>} (the
 * template's headers); the aliases are other headers people write for the same thing, in Chinese
 * and English, compared after {@link ImportColumn#key} folds case, spaces and punctuation away.
 */
enum ImportField implements ImportColumn {

	NAME("客户名称", "公司名称", "企业名称", "单位名称", "客户", "名称", "name", "company", "customer", "companyname",
			"customername"),
	SHORT_NAME("简称", "客户简称", "shortname", "abbreviation"),
	CREDIT_CODE("统一社会信用代码", "信用代码", "社会信用代码", "creditcode", "uscc", "unifiedsocialcreditcode"),
	LEVEL("级别", "客户级别", "level"),
	INDUSTRY("行业", "所属行业", "industry"),
	SOURCE("来源", "客户来源", "source"),
	STATUS("状态", "客户状态", "status"),
	PROVINCE("省", "省份", "province"),
	CITY("市", "城市", "city"),
	COUNTY("区县", "区", "县", "county", "district"),
	REGION("地区", "所在地区", "省市区", "region", "area"),
	ADDRESS("地址", "详细地址", "address"),
	PHONE("电话", "公司电话", "座机", "phone", "telephone", "tel"),
	WEBSITE("网址", "网站", "官网", "website", "url"),
	REMARKS("备注", "remarks", "notes", "note"),
	CONTACT_NAME("联系人", "联系人姓名", "姓名", "contact", "contactname"),
	CONTACT_MOBILE("手机", "手机号", "手机号码", "联系人手机", "mobile", "cellphone", "contactmobile"),
	CONTACT_TITLE("职务", "职位", "联系人职务", "title", "position", "jobtitle");

	private final Set<String> aliases;

	ImportField(String... aliases) {
		this.aliases = Set.of(aliases);
	}

	boolean isContact() {
		return this == CONTACT_NAME || this == CONTACT_MOBILE || this == CONTACT_TITLE;
	}

	@Override
	public boolean answersTo(String header) {
		return aliases.contains(ImportColumn.key(header));
	}
}
