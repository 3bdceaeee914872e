package org.hutong.sales.product;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.identity.Colleagues;
import org.hutong.identity.Roles;
import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: the catalogue of a 许昌 power equipment maker — 中置柜, 环网柜, 干式变压器, 箱式变电站,
 * 柱上断路器, 智能电表箱 … with their specs, technical parameters and list prices — and the catalogue's
 * permissions for the demo roles (the sales director keeps it; everyone else reads it). Runs only
 * while the enterprise has no products.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("hutong.demo")
class ProductDemoData implements StartupSeed {

	private static final Set<String> KEEPS = Set.of(ProductPermissions.READ, ProductPermissions.WRITE,
			ProductPermissions.ADMIN);

	private static final Set<String> READS = Set.of(ProductPermissions.READ);

	private final Tenants tenants;

	private final ProductRepository products;

	private final CategoryRepository categories;

	private final Roles roles;

	private final Colleagues colleagues;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ProductDemoData(Tenants tenants, ProductRepository products, CategoryRepository categories, Roles roles,
			Colleagues colleagues, TransactionTemplate transactions, Clock clock) {
		this.tenants = tenants;
		this.products = products;
		this.categories = categories;
		this.roles = roles;
		this.colleagues = colleagues;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce())));
	}

	private void seedOnce() {
		if (products.count() > 0) {
			return;
		}
		roles.grant("销售总监", KEEPS);
		for (String role : List.of("销售代表", "研发工程师", "财务专员")) {
			roles.grant(role, READS);
		}
		long author = colleagues.idOf("manager").orElseThrow();
		Map<String, Long> tree = categories();
		for (Object[] p : CATALOGUE) {
			ProductForm form = new ProductForm((String) p[1], (String) p[2], (String) p[3], (String) p[4],
					tree.get((String) p[0]), new BigDecimal((String) p[5]), null,
					p.length > 7 && Boolean.TRUE.equals(p[7]) ? ProductStatus.DISCONTINUED : ProductStatus.ON_SALE,
					null, parameters((String) p[6]), null);
			products.save(new Product(form, author, clock.instant()));
		}
	}

	private Map<String, Long> categories() {
		Map<String, Long> ids = new LinkedHashMap<>();
		String[][] tree = { { "开关柜", null }, { "中置柜", "开关柜" }, { "环网柜", "开关柜" }, { "低压开关柜", "开关柜" },
				{ "变压器", null }, { "干式变压器", "变压器" }, { "油浸式变压器", "变压器" }, { "箱式变电站", null },
				{ "配网设备", null }, { "柱上开关", "配网设备" }, { "计量箱", "配网设备" }, { "二次设备", null } };
		int position = 1;
		for (String[] node : tree) {
			Long parent = node[1] == null ? null : ids.get(node[1]);
			ids.put(node[0], categories.save(new Category(node[0], parent, position++)).getId());
		}
		return ids;
	}

	/** {@code 额定电压=12 kV;额定电流=1250 A} as lines. */
	private static List<Parameter> parameters(String lines) {
		return java.util.Arrays.stream(lines.split(";"))
			.map(line -> line.split("=", 2))
			.map(pair -> new Parameter(pair[0], pair[1]))
			.toList();
	}

	// category, code, name, spec, unit, list price (yuan, before tax), parameters[, discontinued]
	private static final Object[][] CATALOGUE = {
		{ "中置柜", "KYN28A-12-1250", "KYN28A-12 铠装移开式中置柜", "KYN28A-12/1250-31.5", "面", "68000.00",
				"额定电压=12 kV;额定电流=1250 A;额定短路开断电流=31.5 kA;防护等级=IP4X" },
		{ "中置柜", "KYN28A-12-3150", "KYN28A-12 铠装移开式中置柜（大电流）", "KYN28A-12/3150-40", "面", "126000.00",
				"额定电压=12 kV;额定电流=3150 A;额定短路开断电流=40 kA;防护等级=IP4X" },
		{ "中置柜", "KYN61-40.5", "KYN61-40.5 铠装移开式金属封闭开关设备", "KYN61-40.5/1250-31.5", "面", "158000.00",
				"额定电压=40.5 kV;额定电流=1250 A;额定短路开断电流=31.5 kA" },
		{ "环网柜", "XGN15-12", "XGN15-12 单元式六氟化硫环网柜", "XGN15-12/630-20", "面", "32000.00",
				"额定电压=12 kV;额定电流=630 A;额定短时耐受电流=20 kA/4s" },
		{ "环网柜", "HXGN-12", "HXGN-12 箱式固定式交流金属封闭环网柜", "HXGN-12/630", "面", "26500.00",
				"额定电压=12 kV;额定电流=630 A" },
		{ "环网柜", "SRM-12", "SRM-12 充气式环网柜", "SRM-12/630-25", "面", "45800.00",
				"额定电压=12 kV;额定电流=630 A;绝缘介质=SF6" },
		{ "低压开关柜", "GCS-0.4", "GCS 低压抽出式开关柜", "GCS-0.4/4000", "面", "23800.00",
				"额定电压=0.4 kV;主母线额定电流=4000 A" },
		{ "低压开关柜", "GGD-0.4", "GGD 交流低压配电柜", "GGD2-0.4/1600", "面", "12600.00",
				"额定电压=0.4 kV;额定电流=1600 A", true },
		{ "干式变压器", "SCB13-1000", "SCB13-1000/10 环氧树脂浇注干式变压器", "SCB13-1000/10/0.4", "台", "148000.00",
				"额定容量=1000 kVA;联结组别=Dyn11;阻抗电压=6 %;绝缘等级=F" },
		{ "干式变压器", "SCB13-2000", "SCB13-2000/10 环氧树脂浇注干式变压器", "SCB13-2000/10/0.4", "台", "236000.00",
				"额定容量=2000 kVA;联结组别=Dyn11;阻抗电压=6 %;绝缘等级=F" },
		{ "油浸式变压器", "S13-M-630", "S13-M-630/10 全密封油浸式变压器", "S13-M-630/10/0.4", "台", "86000.00",
				"额定容量=630 kVA;联结组别=Dyn11;空载损耗=0.81 kW" },
		{ "箱式变电站", "YBM-12-800", "YBM-12/0.4-800 预装式箱式变电站", "YBM-12/0.4-800", "套", "328000.00",
				"额定容量=800 kVA;高压侧电压=12 kV;低压侧电压=0.4 kV;外壳=非金属" },
		{ "箱式变电站", "ZGS11-Z-630", "ZGS11-Z-630/10 美式箱变", "ZGS11-Z-630/10", "套", "268000.00",
				"额定容量=630 kVA;高压侧电压=10 kV" },
		{ "柱上开关", "ZW32-12", "ZW32-12 户外高压真空断路器", "ZW32-12/630-20", "台", "18600.00",
				"额定电压=12 kV;额定电流=630 A;额定短路开断电流=20 kA;操作机构=弹簧" },
		{ "柱上开关", "FZW28-12", "FZW28-12 户外分界真空负荷开关", "FZW28-12/630-20", "台", "21500.00",
				"额定电压=12 kV;额定电流=630 A;控制器=看门狗" },
		{ "计量箱", "DJX-4", "智能电表箱（四表位）", "DJX-4 SMC", "个", "680.00",
				"表位数=4;材质=SMC;防护等级=IP54" },
		{ "计量箱", "DJX-9", "智能电表箱（九表位）", "DJX-9 SMC", "个", "1280.00",
				"表位数=9;材质=SMC;防护等级=IP54" },
		{ "二次设备", "WXH-820", "WXH-820 线路保护测控装置", "WXH-820A", "台", "15800.00",
				"额定电流=5 A;通信=IEC 61850" },
	};
}
