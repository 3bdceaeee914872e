package org.hutong.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A new password: at least 8 characters and at most 72 bytes in UTF-8, the most bcrypt can hash
 * (a Chinese character takes three). Blank values are left to {@code @NotBlank}.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PasswordPolicy.Check.class)
public @interface PasswordPolicy {

	int MIN_LENGTH = 8;

	int MAX_BYTES = 72;

	String message() default "{password.policy}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<PasswordPolicy, String> {

		/** Whether bcrypt can hash this password at all; longer ones never match. */
		public static boolean hashable(String password) {
			return password != null && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isEmpty() || (value.length() >= MIN_LENGTH && hashable(value));
		}
	}
}
