package org.hutong.web;

import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A page form holding a value its controls never send (an id list with a word in it, a version of
 * "abc"): Spring leaves such a record form half-built or absent, which the page cannot show. Handlers
 * whose forms carry only such values call {@link #rejectIfAny} first; the request then answers 400
 * like any other unreadable request instead of failing while the page renders.
 */
public final class UnreadableForm {

	private UnreadableForm() {
	}

	public static void rejectIfAny(BindingResult errors) throws BindException {
		if (errors.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
			throw new BindException(errors);
		}
	}
}
