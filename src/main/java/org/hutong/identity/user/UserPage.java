package org.hutong.identity.user;

import java.util.List;

/** One page of the user list, and the filter that loads the next one ({@code null} on the last page). */
public record UserPage(List<UserRow> rows, UserFilter next) {
}
