package org.hutong.customers.demo;

import java.util.List;
import java.util.Random;

import org.hutong.shared.CreditCode;

/** Realistic names for the demo: each trade name appears once, so no two demo customers are duplicates. */
final class DemoNames {

	/** 河南 most of the time, then its neighbours. */
	static final List<String> PROVINCES = List.of("41", "41", "41", "41", "41", "41", "42", "13", "37", "34", "61", "14");

	private static final String[][] KINDS = { { "供电公司", "POWER_GRID" }, { "电力设备有限公司", "MANUFACTURING" },
			{ "热电有限责任公司", "POWER_GENERATION" }, { "新能源科技有限公司", "NEW_ENERGY" },
			{ "产业园区管理委员会", "INDUSTRIAL_PARK" }, { "水务集团有限公司", "PUBLIC_UTILITY" },
			{ "铝业有限公司", "METALLURGY" }, { "化工股份有限公司", "PETROCHEMICAL" }, { "城市轨道交通有限公司", "RAIL_TRANSIT" },
			{ "钢铁集团有限公司", "METALLURGY" }, { "机械制造有限公司", "MANUFACTURING" }, { "建设集团有限公司", "CONSTRUCTION" },
			{ "水泥有限公司", "MANUFACTURING" }, { "煤化工有限公司", "PETROCHEMICAL" }, { "光伏发电有限公司", "NEW_ENERGY" },
			{ "风力发电有限公司", "NEW_ENERGY" }, { "储能科技有限公司", "NEW_ENERGY" }, { "经济技术开发区管理委员会", "INDUSTRIAL_PARK" },
			{ "燃气有限公司", "PUBLIC_UTILITY" }, { "热力有限公司", "PUBLIC_UTILITY" }, { "地铁运营有限公司", "RAIL_TRANSIT" },
			{ "特钢有限公司", "METALLURGY" }, { "电缆有限公司", "MANUFACTURING" }, { "发电有限责任公司", "POWER_GENERATION" } };

	private static final String TRADES = "中原 黄河 嵩山 伏牛 中州 天瑞 豫能 华豫 龙源 神火 安彩 豫光 明泰 万基 森霸 瑞光 "
			+ "汇通 鼎盛 金龙 宏达 新飞 光明 恒通 盛华 卫辉 颍川 淮河 桐柏 太行 王屋 大别 荆楚 汉江 燕赵 齐鲁 泰山 江淮 秦岭 "
			+ "汾河 晋阳 长垣 博爱 睢阳 商都 殷墟 洹河 丹江 白河 沙颍 贾鲁 鸿沟 洛浦 伊川 嵩阳 少林 隆达 永安 华信";

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌";

	private static final String[] TITLES = { "设备部主任", "采购经理", "总工程师", "副总经理", "项目经理", "物资部主任",
			"电气工程师", "运维班长", "招标办主任", "财务经理", "生产技术科科长" };

	private DemoNames() {
	}

	/** A legal form with its industry, as {name suffix, 行业 option code}. */
	static String[] kind(Random random) {
		return KINDS[random.nextInt(KINDS.length)];
	}

	static String trade(Random random) {
		String[] trades = TRADES.split(" ");
		return trades[random.nextInt(trades.length)];
	}

	/** A code with a correct check character: found by trying each, as the demo cannot know the rule. */
	static String creditCode(String province, int i) {
		String first17 = "91" + province + "0100" + "MA" + String.format("%07d", 4100 + i * 13);
		for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
			if (CreditCode.isValid(first17 + check)) {
				return first17 + check;
			}
		}
		return null;
	}

	static String person(Random random) {
		return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
				+ (random.nextBoolean() ? "" : GIVEN.charAt(random.nextInt(GIVEN.length())));
	}

	static String title(Random random) {
		return TITLES[random.nextInt(TITLES.length)];
	}
}
