package org.hutong.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.hutong.TestUsers;
import org.hutong.customers.contact.Contact;
import org.hutong.customers.contact.ContactForm;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerChange;
import org.hutong.customers.customer.CustomerForm;
import org.hutong.customers.customer.CustomerManagement;
import org.hutong.customers.customer.OwnerChange;
import org.hutong.shared.Pinyin;
import org.hutong.customers.followup.Attachment;
import org.hutong.customers.option.CustomerOption;
import org.hutong.customers.followup.FollowUp;
import org.hutong.customers.followup.FollowUpForm;
import org.hutong.customers.followup.FollowUpManagement;
import org.hutong.customers.followup.FollowUpType;
import org.hutong.files.TestImages;
import org.hutong.web.EnterpriseZone;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantJdbc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BeanPropertyBindingResult;

/** Customers, contacts, follow-ups and their files stay inside their enterprise: by id, on their pages and through the API. */
class CustomersIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	private final Map<Long, Long> customerOfChange = new ConcurrentHashMap<>();

	private final Map<Long, Long> customerOfFollowUp = new ConcurrentHashMap<>();

	private final Map<Long, Long> followUpOfAttachment = new ConcurrentHashMap<>();

	@Autowired
	FollowUpManagement followUps;

	@Autowired
	CustomerManagement management;

	@Autowired
	TenantJdbc jdbc;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("customer", this::newCustomer, id -> visible(Customer.class, id),
						id -> get("/customers/{id}", id), id -> get("/api/v1/customers/{id}", id)),
				new Isolated("customer form", this::newCustomer, id -> visible(Customer.class, id),
						id -> get("/customers/{id}/edit", id), id -> get("/api/v1/customers/{id}/contacts", id)),
				new Isolated("contact", this::newContact, id -> visible(Contact.class, id),
						id -> get("/contacts/{id}/edit", id), id -> get("/api/v1/contacts/{id}", id)),
				new Isolated("owner change", this::newOwnerChange, id -> visible(OwnerChange.class, id),
						id -> get("/customers/{id}/ownership", customerOfChange.get(id)),
						id -> get("/api/v1/customers/{id}/owner-changes", customerOfChange.get(id))),
				new Isolated("customer change", this::newCustomerChange, id -> visible(CustomerChange.class, id),
						id -> get("/customers/{id}/changes", customerOfChange.get(id)),
						id -> get("/api/v1/customers/{id}/changes", customerOfChange.get(id))),
				new Isolated("follow-up", this::newFollowUp, id -> visible(FollowUp.class, id),
						id -> get("/customers/{id}/follow-ups", customerOfFollowUp.get(id)),
						id -> get("/api/v1/follow-ups/{id}", id)),
				new Isolated("follow-up timeline", () -> customerOfFollowUp.get(newFollowUp()),
						id -> visible(Customer.class, id), id -> get("/customers/{id}/follow-ups/more", id),
						id -> get("/api/v1/customers/{id}/follow-ups", id)),
				new Isolated("customer option", this::demoOption, id -> visible(CustomerOption.class, id),
						id -> post("/customers/options/LEVEL/{id}/active", id).param("active", "true").with(csrf()), null),
				new Isolated("deleted customer", this::newDeletedCustomer, id -> visible(Customer.class, id),
						id -> post("/customers/{id}/restore", id).with(csrf()), null),
				new Isolated("restore", this::newDeletedCustomer, id -> visible(Customer.class, id), null,
						id -> post("/api/v1/customers/{id}/restore", id)),
				new Isolated("merge", this::newCustomer, id -> visible(Customer.class, id),
						id -> get("/customers/{id}/merge", id),
						id -> post("/api/v1/customers/{id}/merge", id).contentType(MediaType.APPLICATION_JSON)
							.content("{\"otherId\":" + inTenant("demo", this::newCustomer) + "}")),
				new Isolated("search key", this::newCustomer, this::hasSearchKeys, null, null),
				new Isolated("team member", this::newTeamMember, id -> visible("TeamMember", id), null, null),
				new Isolated("follow-up contact", this::newFollowUpContact, id -> visible("FollowUpContact", id), null, null),
				new Isolated("pool rule", this::demoPoolRule, id -> visible("PoolRule", id), null, null),
				new Isolated("attachment", this::newAttachment, id -> visible(Attachment.class, id),
						id -> get("/follow-ups/attachments/{id}", id),
						id -> get("/api/v1/follow-ups/{id}", followUpOfAttachment.get(id))));
	}

	@Test
	void anotherEnterpriseSearchingForTheNameFindsNothing() throws Exception {
		long id = inTenant("demo", this::newCustomer);
		String name = inTenant("demo", () -> entityManager.find(Customer.class, id).getName());
		long demo = new TestUsers(userDetails).load("demo", "admin").tenantId();
		for (String keyword : List.of(name.substring(1, 4), Pinyin.full(name).substring(0, 8), Pinyin.initials(name))) {
			mvc.perform(get("/customers").param("scope", "TEAM").param("q", keyword)
				.with(new TestUsers(userDetails).as("demo", "admin")))
				.andExpect(content().string(containsString(name)));
			mvc.perform(get("/customers").param("scope", "TEAM").param("q", keyword)
				.with(new TestUsers(userDetails).as("demo2", "admin")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(name))));
		}
		// every key row of the customer carries its enterprise, whichever tenant asks
		String rows = "select count(*) from customers_search_key where customer_id = :id and tenant_id <> :tenantId";
		assertThat(jdbc.sql(demo, rows).param("id", id).query(Long.class).single()).isZero();
		assertThat(jdbc.sql(demo, "select count(*) from customers_search_key where tenant_id = :tenantId and customer_id = :id")
			.param("id", id).query(Long.class).single()).isPositive();
	}

	/** Whether the current enterprise sees any search key of the customer. */
	private boolean hasSearchKeys(long customerId) {
		entityManager.clear();
		return entityManager.createQuery("select count(k) from SearchKey k where k.key.customerId = :id", Long.class)
			.setParameter("id", customerId)
			.getSingleResult() > 0;
	}

	private boolean visible(Class<?> type, long id) {
		entityManager.clear();
		return entityManager.find(type, id) != null;
	}

	/** By entity name, for entities whose class is internal to its feature package. */
	private boolean visible(String entity, long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(x) from " + entity + " x where x.id = :id", Long.class)
			.setParameter("id", id)
			.getSingleResult() > 0;
	}

	private long newTeamMember() {
		long tenant = new TestUsers(userDetails).load("demo", "admin").tenantId();
		long sales = new TestUsers(userDetails).load("demo", "sales").userId();
		long customer = newCustomer();
		entityManager.flush();
		jdbc.sql(tenant, "insert into customers_team_member (tenant_id, customer_id, user_id, access) "
				+ "values (:tenantId, :customer, :user, 'READ')")
			.param("customer", customer).param("user", sales).update();
		return lastId(tenant, "customers_team_member");
	}

	private long newFollowUpContact() {
		long tenant = new TestUsers(userDetails).load("demo", "admin").tenantId();
		long followUp = newFollowUp();
		long contact = newContact();
		entityManager.flush();
		jdbc.sql(tenant, "insert into customers_follow_up_contact (tenant_id, follow_up_id, contact_id) "
				+ "values (:tenantId, :followUp, :contact)")
			.param("followUp", followUp).param("contact", contact).update();
		return lastId(tenant, "customers_follow_up_contact");
	}

	/** An enterprise has one pool rule row at most; demo's is made when missing. */
	private long demoPoolRule() {
		long tenant = new TestUsers(userDetails).load("demo", "admin").tenantId();
		if (lastId(tenant, "customers_pool_rule") == 0) {
			jdbc.sql(tenant, "insert into customers_pool_rule (tenant_id, updated_at) values (:tenantId, :now)")
				.param("now", java.sql.Timestamp.from(Instant.now())).update();
		}
		return lastId(tenant, "customers_pool_rule");
	}

	private long lastId(long tenant, String table) {
		return jdbc.sql(tenant, "select coalesce(max(id), 0) from " + table + " where tenant_id = :tenantId")
			.query(Long.class).single();
	}

	private long demoOption() {
		return entityManager.createQuery("select o.id from CustomerOption o where o.code = 'KEY'", Long.class)
			.getSingleResult();
	}

	private long newDeletedCustomer() {
		long id = newCustomer();
		entityManager.find(Customer.class, id).delete(Instant.now());
		entityManager.flush();
		return id;
	}

	private long newCustomer() {
		long admin = new TestUsers(userDetails).load("demo", "admin").userId();
		Customer customer = new Customer(CustomerForm.named(CustomerFixtures.uniqueName()), admin, admin, Instant.now());
		entityManager.persist(customer);
		return customer.getId();
	}

	/** Releases a new customer to the pool, so it has a history row; remembers whose row it is. */
	private long newOwnerChange() {
		long customer = newCustomer();
		long admin = new TestUsers(userDetails).load("demo", "admin").userId();
		OwnerChange change = entityManager.find(Customer.class, customer)
			.ownership()
			.release(admin, "隔离测试", Instant.now());
		entityManager.persist(change);
		customerOfChange.put(change.getId(), customer);
		return change.getId();
	}

	/** A customer created as demo's admin, so its 修改记录 has rows; answers one and remembers whose it is. */
	private long newCustomerChange() {
		SignedInUser admin = new TestUsers(userDetails).load("demo", "admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			CustomerForm form = CustomerForm.named(CustomerFixtures.uniqueName());
			Long customer = management.create(admin, form, new BeanPropertyBindingResult(form, "form")).getId();
			entityManager.flush();
			Long id = entityManager
				.createQuery("select c.id from CustomerChange c where c.customerId = :id and c.field = :field", Long.class)
				.setParameter("id", customer)
				.setParameter("field", CustomerChange.CREATED)
				.getSingleResult();
			customerOfChange.put(id, customer);
			return id;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A follow-up on a new customer; remembers whose it is. */
	private long newFollowUp() {
		long customer = newCustomer();
		long admin = new TestUsers(userDetails).load("demo", "admin").userId();
		Instant now = Instant.now();
		FollowUp followUp = new FollowUp(customer, FollowUpType.VISIT, "隔离拜访", now, null, admin, now,
				LocalDate.now(EnterpriseZone.DEFAULT));
		entityManager.persist(followUp);
		customerOfFollowUp.put(followUp.getId(), customer);
		return followUp.getId();
	}

	/** A photo on a follow-up, logged as demo's admin so the file is really stored. */
	private long newAttachment() {
		long customer = newCustomer();
		SignedInUser admin = new TestUsers(userDetails).load("demo", "admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			byte[] png = TestImages.png();
			FollowUpForm form = new FollowUpForm("VISIT", "隔离附件", null, null, List.of(),
					List.of(new MockMultipartFile("attachments", "隔离.png", "image/png", png)));
			Long followUp = followUps.log(admin, customer, form, new BeanPropertyBindingResult(form, "form"));
			entityManager.flush();
			Long id = entityManager.createQuery("select a.id from Attachment a where a.followUpId = :id", Long.class)
				.setParameter("id", followUp)
				.getSingleResult();
			followUpOfAttachment.put(id, followUp);
			return id;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private long newContact() {
		long customer = newCustomer();
		Contact contact = new Contact(customer, ContactForm.of("隔离联系人", CustomerFixtures.uniqueMobile(), null),
				Instant.now());
		entityManager.persist(contact);
		return contact.getId();
	}
}
