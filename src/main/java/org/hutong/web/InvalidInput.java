package org.hutong.web;

import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;

/**
 * API input that is well-formed but refused, field by field: answered 422 (Unprocessable Content)
 * as problem+json naming each field ({@code lines[2].quantity}), where a plain {@link BindException}
 * answers 400.
 */
public class InvalidInput extends BindException {

	public InvalidInput(BindingResult errors) {
		super(errors);
	}
}
