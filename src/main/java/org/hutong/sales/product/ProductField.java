package org.hutong.sales.product;

import java.util.Set;

import org.hutong.transfer.ImportColumn;

/**
 * A product field a column of an import file can fill, in the order the template and the export
 * write them. Labels are {@code product.import.field.<name>}; the aliases are other headers people
 * write for the same thing, in Chinese and English.
 */
enum ProductField implements ImportColumn {

	CODE("编码", "产品编码", "物料编码", "料号", "code", "productcode", "sku"),
	NAME("名称", "产品名称", "品名", "name", "productname"),
	SPEC("型号规格", "规格型号", "型号", "规格", "spec", "model", "specification"),
	CATEGORY("分类", "产品分类", "类别", "category"),
	UNIT("单位", "计量单位", "unit", "uom"),
	LIST_PRICE("列表价", "标准价", "单价", "价格", "标准价元", "listprice", "price"),
	TAX_RATE("税率", "税率%", "taxrate", "tax", "vat"),
	STATUS("状态", "产品状态", "status"),
	DESCRIPTION("说明", "描述", "产品说明", "备注", "description", "remarks"),
	PARAMETERS("技术参数", "参数", "parameters", "technicalparameters", "specs");

	private final Set<String> aliases;

	ProductField(String... aliases) {
		this.aliases = Set.of(aliases);
	}

	@Override
	public boolean answersTo(String header) {
		return aliases.stream().anyMatch(alias -> ImportColumn.key(alias).equals(ImportColumn.key(header)));
	}
}
