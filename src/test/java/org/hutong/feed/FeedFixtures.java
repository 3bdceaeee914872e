package org.hutong.feed;

import java.util.List;
import java.util.function.Supplier;

import org.hutong.TestUsers;
import org.hutong.feed.post.PostForm;
import org.hutong.feed.post.PostManagement;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;

/** Posts made through the real use case, as a demo user, in their enterprise. */
public final class FeedFixtures {

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final PostManagement posts;

	private final OrgChart org;

	public FeedFixtures(UserDetailsService users, TransactionTemplate transactions, PostManagement posts, OrgChart org) {
		this.users = users;
		this.transactions = transactions;
		this.posts = posts;
		this.org = org;
	}

	public SignedInUser user(String tenant, String username) {
		return new TestUsers(users).load(tenant, username);
	}

	public long post(String username, String text) {
		return post(username, PostForm.text(text));
	}

	public long post(String username, PostForm form) {
		SignedInUser author = user("demo", username);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Long id = as(author, () -> posts.publish(author, form, errors));
		if (id == null) {
			throw new IllegalStateException(errors.toString());
		}
		return id;
	}

	public long forDepartment(String username, String text, String department) {
		SignedInUser author = user("demo", username);
		long departmentId = as(author, () -> org.units().stream().filter(u -> u.name().equals(department)).findFirst()
			.orElseThrow().id());
		return post(username, new PostForm(text, "DEPARTMENTS", List.of(departmentId), List.of(), null, List.of(), List.of()));
	}

	public long forPeople(String username, String text, String... people) {
		List<Long> ids = java.util.Arrays.stream(people).map(p -> user("demo", p).userId()).toList();
		return post(username, new PostForm(text, "PEOPLE", List.of(), ids, null, List.of(), List.of()));
	}

	public <T> T as(SignedInUser user, Supplier<T> work) {
		return TenantContext.callAs(user.tenantId(), () -> transactions.execute(status -> work.get()));
	}
}
