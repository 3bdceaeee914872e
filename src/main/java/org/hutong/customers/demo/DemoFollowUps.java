package org.hutong.customers.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.hutong.customers.followup.FollowUpType;

/**
 * A year of believable 跟进记录 for one demo customer: calls, visits and meetings about transformer
 * and switchgear projects, tenders and payments, oldest first, each with its own next date.
 */
final class DemoFollowUps {

	/** One planned follow-up, before the customer it belongs to has an id. */
	record Plan(FollowUpType type, String content, Instant at, LocalDate next) {
	}

	private static final String[] PRODUCTS = { "10kV环网柜", "KYN28开关柜", "SCB13干式变压器", "S13油浸式变压器",
			"箱式变电站", "预装式变电站", "光伏升压箱变", "低压配电柜", "柱上开关", "配电自动化终端" };

	private static final String[][] CONTENTS = {
			{ "电话沟通%s项目进度，对方预计下月挂网招标", "催收%s二期回款，财务答应月底前付30%%", "确认%s到货时间，现场要求提前一周通知" },
			{ "拜访设备部，介绍%s新品，留下样本和报价", "现场勘查%s安装位置，需核对基础尺寸", "陪同技术人员处理%s缺陷，客户满意" },
			{ "微信发送%s技术参数表，等对方确认", "对方询问%s交货期，答复45天", "发了%s中标通知书照片，下周签合同" },
			{ "邮件发出%s报价单及资质文件", "发送%s招标文件澄清答复", "寄送%s出厂试验报告" },
			{ "参加%s技术交流会，总工关注损耗指标", "%s项目开标，我司技术分第二", "%s合同谈判，付款方式按3-6-1" },
			{ "%s投标保证金已退回", "%s到货验收完成，开具发票", "%s年度框架协议续签准备材料" } };

	private final Random random;

	private final ZoneId zone;

	DemoFollowUps(Random random, ZoneId zone) {
		this.random = random;
		this.zone = zone;
	}

	/** Between {@code from} and {@code until}, oldest first; the newest asks to follow up again soon. */
	List<Plan> between(Instant from, Instant until, Instant now) {
		long span = Duration.between(from, until).toMinutes();
		if (span <= 0) {
			return List.of();
		}
		int count = 2 + random.nextInt(16);
		List<Instant> times = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			times.add(workingHours(from.plus(Duration.ofMinutes((long) (random.nextDouble() * span))), now));
		}
		times.sort(Comparator.naturalOrder());
		List<Plan> plans = new ArrayList<>();
		for (int n = 0; n < times.size(); n++) {
			plans.add(plan(times.get(n), n == times.size() - 1, now));
		}
		return plans;
	}

	private Plan plan(Instant at, boolean newest, Instant now) {
		FollowUpType type = FollowUpType.values()[random.nextInt(FollowUpType.values().length)];
		String[] contents = CONTENTS[type.ordinal()];
		String content = String.format(contents[random.nextInt(contents.length)],
				PRODUCTS[random.nextInt(PRODUCTS.length)]);
		LocalDate next = at.atZone(zone).toLocalDate().plusDays(3 + random.nextInt(25));
		LocalDate today = now.atZone(zone).toLocalDate();
		// an old reminder already passed is noise on the timeline; the newest one keeps it if still ahead
		boolean keep = newest ? !next.isBefore(today) && random.nextInt(5) > 0 : random.nextInt(3) == 0;
		return new Plan(type, content, at, keep ? next : null);
	}

	/** Moves a moment to between 08:30 and 18:00 local time of its day, never past {@code now}. */
	private Instant workingHours(Instant at, Instant now) {
		Instant day = at.atZone(zone).toLocalDate().atTime(8, 30).atZone(zone).toInstant();
		Instant moved = day.plus(Duration.ofMinutes(random.nextInt(570)));
		return moved.isAfter(now) ? now.minus(Duration.ofMinutes(1 + random.nextInt(60))) : moved;
	}
}
