package org.hutong.customers.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hutong.customers.contact.Contact;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.customers.option.CustomerOption;
import org.hutong.customers.option.CustomerOptions;
import org.hutong.customers.option.OptionKind;
import org.hutong.customers.lead.Lead;
import org.hutong.customers.lead.LeadForm;
import org.hutong.customers.lead.LeadRepository;
import org.hutong.identity.Colleagues;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.hutong.shared.StartupSeed;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode, after the demo customers: about fifteen 线索 in the {@code demo} enterprise, most being
 * worked, a few marked 无效, and a few converted into demo customers they now link to. Runs only
 * while the enterprise has no leads, so restarts add nothing.
 */
@Component
@Order(21)
@ConditionalOnBooleanProperty("hutong.demo")
class LeadDemoData implements StartupSeed {

	private static final String[] OPEN = { "新郑智能电网科技有限公司", "焦作云台储能有限公司", "濮阳龙都石化设备有限公司",
			"信阳茶都新能源有限公司", "周口港区物流园管理委员会", "驻马店天中电气有限公司", "漯河沙澧热力有限公司",
			"鹤壁淇河光伏科技有限公司", "三门峡崤函铝材有限公司", "南阳卧龙电驱有限公司" };

	private static final String[] PEOPLE = { "刘建国", "王静", "张磊", "陈娟", "杨勇", "赵敏", "黄涛", "周丽", "吴超", "徐芳" };

	private final Tenants tenants;

	private final Stores stores;

	private final Colleagues colleagues;

	private final TransactionTemplate transactions;

	LeadDemoData(Tenants tenants, Stores stores, Colleagues colleagues, TransactionTemplate transactions) {
		this.tenants = tenants;
		this.stores = stores;
		this.colleagues = colleagues;
		this.transactions = transactions;
	}

	/** Where the demo writes and what it reads time from, bundled to keep the constructor short. */
	@Component
	record Stores(LeadRepository leads, CustomerRepository customers, ContactRepository contacts, Clock clock,
			CustomerOptions options) {
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce())));
	}

	private void seedOnce() {
		if (stores.leads().count() > 0) {
			return;
		}
		List<Long> owners = new ArrayList<>();
		for (String username : List.of("sales", "sales2", "manager")) {
			colleagues.idOf(username).ifPresent(owners::add);
		}
		if (owners.isEmpty()) {
			return;
		}
		Instant now = stores.clock().instant();
		List<String> sources = stores.options().active(OptionKind.SOURCE).stream().map(CustomerOption::getCode).toList();
		for (int i = 0; i < OPEN.length; i++) {
			String mobile = "186" + String.format("%08d", 52000000 + i * 131);
			LeadForm form = LeadForm.of(OPEN[i], PEOPLE[i], mobile).from(sources.isEmpty() ? null : sources.get(i % sources.size()));
			Lead lead = new Lead(form, owners.get(i % owners.size()), now.minus(Duration.ofHours(9L * (20 - i))));
			if (i % 4 == 3) {
				lead.markInvalid(now.minus(Duration.ofHours(i)));
			}
			stores.leads().save(lead);
		}
		converted(owners, now);
	}

	/** Leads that became the first demo customers, linking to them and their first contact. */
	private void converted(List<Long> owners, Instant now) {
		List<Customer> became = stores.customers().findAll(PageRequest.of(0, 5, Sort.by("id"))).getContent();
		for (int i = 0; i < became.size(); i++) {
			Customer customer = became.get(i);
			List<Contact> contacts = stores.contacts()
				.findByCustomerIdAndDeletedAtIsNullOrderByDecisionMakerDescIdAsc(customer.getId());
			Contact first = contacts.isEmpty() ? null : contacts.get(0);
			LeadForm form = LeadForm.of(customer.getName(), first == null ? null : first.getName(), null)
				.from("EXHIBITION");
			Lead lead = new Lead(form, owners.get(i % owners.size()), now.minus(Duration.ofDays(30L + i)));
			lead.convert(customer.getId(), first == null ? null : first.getId(), now.minus(Duration.ofDays(20L + i)));
			stores.leads().save(lead);
		}
	}
}
