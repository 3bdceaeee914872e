package org.hutong.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A kind of record that another module's records may point at, such as {@code customer}: a form's
 * 关联客户 field, later an opportunity or a project. The module that owns the records declares a bean
 * of this type and decides who may see which; the module that points at them never imports it.
 * Both questions are asked for the signed-in user, in the current enterprise.
 */
public interface RecordLinks {

	/** The kind, as in {@code customer:42}. */
	String kind();

	/**
	 * Records the signed-in user may open whose name (or its pinyin, or a short name) holds the typed
	 * text, best first, at most {@code limit}; the most recently changed ones when nothing is typed.
	 * Answered from an index, never by reading the whole enterprise.
	 */
	List<RecordLink> matching(String typed, int limit);

	/**
	 * These records of the current enterprise by id, each saying whether the signed-in user may open
	 * it; a deleted record or an id of another enterprise is left out. One query for a page of them.
	 */
	Map<Long, RecordLink> find(Collection<Long> ids);

	/**
	 * One record pointed at, as shown next to the link.
	 *
	 * @param detail a second line that tells two of the same name apart (the region, the owner), or null
	 * @param readable whether the signed-in user may open {@code href}; the name is shown either way,
	 *     since whoever linked it could see it
	 */
	record RecordLink(long id, String name, String detail, String href, boolean readable) {
	}
}
