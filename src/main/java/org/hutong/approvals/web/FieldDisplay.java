package org.hutong.approvals.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.hutong.approvals.file.ApprovalFile;
import org.hutong.approvals.file.AttachedIds;
import org.hutong.approvals.form.FieldDefinition;
import org.hutong.approvals.form.FieldOption;
import org.hutong.approvals.form.FieldType;
import org.hutong.approvals.form.RecordKinds;
import org.hutong.identity.OrgChart;
import org.hutong.shared.RecordLinks.RecordLink;

/** A stored form value as the request page reads it: option labels, people's and departments' names, rows. */
final class FieldDisplay {

	private final OrgChart org;

	private final Locale locale;

	private final Map<Long, ApprovalFile> files;

	private final RecordKinds records;

	/** @param files the request's files by id, as the page shows them */
	FieldDisplay(OrgChart org, Locale locale, Map<Long, ApprovalFile> files, RecordKinds records) {
		this.org = org;
		this.locale = locale;
		this.files = files;
		this.records = records;
	}

	RequestView.FieldView of(FieldDefinition field, Object value) {
		String label = field.label().in(locale);
		if (field.type() == FieldType.TABLE) {
			List<?> lines = value instanceof List<?> list ? list : List.of();
			// a column nobody filled in (票据照片, 说明) only narrows the others on a phone
			List<FieldDefinition> shown = field.columns().stream()
				.filter(column -> lines.stream().anyMatch(row -> row instanceof Map<?, ?> cells && filled(cells.get(column.key()))))
				.toList();
			List<String> columns = shown.stream().map(column -> column.label().in(locale)).toList();
			List<List<String>> rows = lines.stream()
				.map(row -> row instanceof Map<?, ?> cells
						? shown.stream().map(column -> text(column, cells.get(column.key()))).toList()
						: List.<String>of())
				.toList();
			return new RequestView.FieldView(field.key(), label, null, columns, rows, filesOf(value), null);
		}
		if (field.type() == FieldType.RECORD) {
			return link(field, label, value);
		}
		return new RequestView.FieldView(field.key(), label, text(field, value), null, null, filesOf(value), null);
	}

	/**
	 * A linked record by its name, with its page when the viewer may open it; the name is shown to
	 * everyone who sees the request, since the submitter chose to show it. A record deleted since
	 * reads 已删除.
	 */
	private RequestView.FieldView link(FieldDefinition field, String label, Object value) {
		Long id = number(value);
		RecordLink link = id == null ? null : records.find(field.record(), List.of(id)).get(id);
		String text = link == null ? gone() : link.name();
		return new RequestView.FieldView(field.key(), label, text, null, null, List.of(),
				link != null && link.readable() ? link.href() : null);
	}

	/** The files a field holds (in a table: in any of its cells), to show as pictures and links. */
	private List<ApprovalFile> filesOf(Object value) {
		return value instanceof Map<?, ?> || value instanceof List<?>
				? AttachedIds.in(Map.of("value", value)).stream().map(files::get).filter(Objects::nonNull).toList()
				: List.of();
	}

	private static boolean filled(Object value) {
		return value != null && !(value instanceof String text && text.isBlank())
				&& !(value instanceof Collection<?> many && many.isEmpty());
	}

	String text(FieldDefinition field, Object value) {
		if (value == null) {
			return "";
		}
		return switch (field.type()) {
			case SELECT -> option(field, String.valueOf(value));
			case MULTI_SELECT -> value instanceof List<?> codes
					? codes.stream().map(code -> option(field, String.valueOf(code))).collect(Collectors.joining("、"))
					: String.valueOf(value);
			case PERSON -> person(value);
			case DEPARTMENT -> department(value);
			case DATE_RANGE -> value instanceof Map<?, ?> range ? range(range) : String.valueOf(value);
			case ATTACHMENT -> value instanceof List<?> files ? files.stream()
				.map(file -> file instanceof Map<?, ?> named ? String.valueOf(named.get("name")) : String.valueOf(file))
				.collect(Collectors.joining("、")) : String.valueOf(value);
			default -> String.valueOf(value);
		};
	}

	private String option(FieldDefinition field, String code) {
		return field.options().stream()
			.filter(option -> option.code().equals(code))
			.map(FieldOption::label)
			.map(label -> label.in(locale))
			.findFirst()
			.orElse(code);
	}

	private String person(Object value) {
		Long id = number(value);
		OrgChart.Member member = id == null ? null : org.members(List.of(id)).get(id);
		return member == null ? String.valueOf(value) : member.displayName();
	}

	private String department(Object value) {
		Long id = number(value);
		return org.units().stream()
			.filter(unit -> Objects.equals(unit.id(), id))
			.map(OrgChart.Unit::name)
			.findFirst()
			.orElse(String.valueOf(value));
	}

	private String range(Map<?, ?> range) {
		String start = range.get("start") + (range.get("startHalf") == null ? "" : " " + half(range.get("startHalf")));
		String end = range.get("end") + (range.get("endHalf") == null ? "" : " " + half(range.get("endHalf")));
		return start + " ~ " + end;
	}

	/** 已删除 in Chinese, Deleted otherwise: a linked record that is no longer there. */
	private String gone() {
		return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "\u5df2\u5220\u9664" : "Deleted";
	}

	/** 上午 / 下午 in Chinese, AM / PM otherwise (the stored codes). */
	private String half(Object half) {
		boolean morning = "AM".equals(String.valueOf(half));
		if (!Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
			return morning ? "AM" : "PM";
		}
		return morning ? "\u4e0a\u5348" : "\u4e0b\u5348";
	}

	private static Long number(Object value) {
		try {
			return value == null ? null : Long.valueOf(String.valueOf(value));
		}
		catch (NumberFormatException notAnId) {
			return null;
		}
	}
}
