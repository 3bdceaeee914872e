package org.hutong.feed.post;

import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.shared.SubjectRef;
import org.hutong.feed.subject.RecordSubjects;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.shared.Texts;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** The rules a post's input must meet, reported on the field they concern. */
@Component
class PostChecks {

	private final OrgChart org;

	private final RecordSubjects subjects;

	PostChecks(OrgChart org, RecordSubjects subjects) {
		this.org = org;
		this.subjects = subjects;
	}

	void body(String body, Errors errors) {
		if (errors.hasFieldErrors("body")) {
			return;
		}
		if (body == null || body.isBlank()) {
			errors.rejectValue("body", "post.body.required");
		}
		else if (body.strip().length() > PostText.MAX_LENGTH) {
			errors.rejectValue("body", "post.body.tooLong", new Object[] { PostText.MAX_LENGTH }, null);
		}
		else {
			topics(body, errors);
		}
	}

	/** A topic is stored lower-cased, which can make it longer (İ becomes i and a dot): measured after. */
	private static void topics(String body, Errors errors) {
		new PostText(body.strip()).topics()
			.stream()
			.filter(topic -> !Texts.fits(topic, PostRows.TOPIC_LENGTH))
			.findFirst()
			.ifPresent(topic -> errors.rejectValue("body", "post.topic.tooLong", new Object[] { topic }, null));
	}

	/** The audience, its departments and people checked against the enterprise; {@code null} when invalid. */
	Audience audience(PostForm form, Errors errors) {
		Audience audience = form.audienceOrDefault();
		if (audience == null) {
			errors.rejectValue("audience", "post.audience.invalid");
			return null;
		}
		if (audience == Audience.DEPARTMENTS) {
			Set<Long> known = org.units().stream().map(OrgChart.Unit::id).collect(Collectors.toSet());
			if (form.departmentIds().isEmpty() || !known.containsAll(form.departmentIds())) {
				errors.rejectValue("departmentIds", "post.departments.required");
			}
		}
		if (audience == Audience.PEOPLE) {
			Set<Long> known = org.members(form.userIds()).keySet();
			if (form.userIds().isEmpty() || !known.containsAll(form.userIds())) {
				errors.rejectValue("userIds", "post.people.required");
			}
		}
		return audience;
	}

	/** The record the post is about, which the author must be able to read; {@code null} for none. */
	SubjectRef subject(SignedInUser me, String value, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		SubjectRef ref = SubjectRef.parse(value).orElse(null);
		if (ref == null || !subjects.canRead(me, ref)) {
			errors.rejectValue("subject", "post.subject.invalid");
			return null;
		}
		return ref;
	}
}
