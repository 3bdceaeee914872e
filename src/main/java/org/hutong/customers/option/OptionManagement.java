package org.hutong.customers.option;

import java.util.List;
import java.util.Objects;

import org.hutong.tenancy.TenantJdbc;
import org.hutong.web.RecordNotFound;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The administrator's edits of the 客户级别, 行业 and 来源 lists: add, rename, move up or down,
 * deactivate and activate again, delete while no customer or lead carries the option. Labels are
 * unique within a list, so imports and API clients that send a label find one option.
 */
@Service
@Transactional
@PreAuthorize(OptionManagement.MAY_ADMINISTER)
public class OptionManagement {

	public static final String MAY_ADMINISTER = "hasAuthority('customers.admin')";

	private final CustomerOptionRepository options;

	private final TenantJdbc jdbc;

	private final OptionLists lists;

	OptionManagement(CustomerOptionRepository options, TenantJdbc jdbc, OptionLists lists) {
		this.options = options;
		this.jdbc = jdbc;
		this.lists = lists;
	}

	/** Answers the new option's id, or {@code null} when {@code errors} says why not. */
	public Long add(OptionKind kind, OptionForm form, Errors errors) {
		List<CustomerOption> list = options.findByKindOrderBySortOrderAscIdAsc(kind);
		checkLabels(list, form, null, errors);
		String code = form.code() == null ? freeCode(kind, list) : form.code();
		if (list.stream().anyMatch(option -> option.getCode().equals(code))) {
			errors.rejectValue("code", "option.code.taken");
		}
		if (errors.hasErrors()) {
			return null;
		}
		int last = list.stream().mapToInt(CustomerOption::getSortOrder).max().orElse(0);
		lists.changed();
		return options.save(new CustomerOption(kind, code, form.labelZh(), form.labelEn(), last + 1)).getId();
	}

	/** Renames the option if {@code form.version()} is still current; a stale form is a conflict. */
	public void rename(long id, OptionForm form, Errors errors) {
		CustomerOption option = options.findById(id).orElseThrow(RecordNotFound::new);
		if (form.version() != null && form.version() != option.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(CustomerOption.class, id);
		}
		checkLabels(options.findByKindOrderBySortOrderAscIdAsc(option.getKind()), form, id, errors);
		if (!errors.hasErrors()) {
			option.rename(form.labelZh(), form.labelEn());
			lists.changed();
		}
	}

	/** Swaps the option with its neighbour above ({@code up}) or below; at either end nothing moves. */
	public void move(long id, boolean up) {
		CustomerOption option = options.findById(id).orElseThrow(RecordNotFound::new);
		List<CustomerOption> list = options.findByKindOrderBySortOrderAscIdAsc(option.getKind());
		lists.changed();
		for (int i = 0; i < list.size(); i++) {
			list.get(i).moveTo(i + 1);
		}
		int at = list.indexOf(option);
		int other = up ? at - 1 : at + 1;
		if (other >= 0 && other < list.size()) {
			list.get(other).moveTo(at + 1);
			option.moveTo(other + 1);
		}
	}

	public void activate(long id, boolean active) {
		options.findById(id).orElseThrow(RecordNotFound::new).activate(active);
		lists.changed();
	}

	/** Deletes an option nothing carries; one in use is {@link OptionInUse}. */
	public void delete(long id) {
		CustomerOption option = options.findById(id).orElseThrow(RecordNotFound::new);
		long uses = uses(option);
		if (uses > 0) {
			throw new OptionInUse(uses);
		}
		options.delete(option);
		lists.changed();
	}

	/** How many customers (deleted ones too, they may come back) and leads carry the option. */
	long uses(CustomerOption option) {
		String column = option.getKind().field();
		long customers = jdbc.sql("select count(*) from customers_customer where tenant_id = :tenantId and "
				+ column + " = :code").param("code", option.getCode()).query(Long.class).single();
		if (option.getKind() != OptionKind.SOURCE) {
			return customers;
		}
		return customers + jdbc.sql("select count(*) from customers_lead where tenant_id = :tenantId and source = :code")
			.param("code", option.getCode())
			.query(Long.class)
			.single();
	}

	private static void checkLabels(List<CustomerOption> list, OptionForm form, Long self, Errors errors) {
		for (CustomerOption other : list) {
			if (Objects.equals(other.getId(), self)) {
				continue;
			}
			if (form.labelZh() != null && other.answersTo(form.labelZh())) {
				errors.rejectValue("labelZh", "option.label.taken");
			}
			if (form.labelEn() != null && other.answersTo(form.labelEn())) {
				errors.rejectValue("labelEn", "option.label.taken");
			}
		}
	}

	/** {@code LEVEL_5}, {@code INDUSTRY_12} …: the first number after the list's size that is free. */
	private static String freeCode(OptionKind kind, List<CustomerOption> list) {
		int n = list.size() + 1;
		while (true) {
			String code = kind.name() + "_" + n;
			if (list.stream().noneMatch(option -> option.getCode().equals(code))) {
				return code;
			}
			n++;
		}
	}
}
