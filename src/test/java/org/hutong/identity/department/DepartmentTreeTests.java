package org.hutong.identity.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The organisation tree without Spring: order, depth, subtrees, and departments whose parent is gone. */
class DepartmentTreeTests {

	private static final Department HEAD_OFFICE = department(1, "总经理办公室", null, 1);

	private static final Department SALES = department(2, "销售部", null, 2);

	private static final Department CENTRAL = department(3, "华中大区", 2L, 2);

	private static final Department EAST = department(4, "华东大区", 2L, 1);

	private static final Department ZHENGZHOU = department(5, "郑州办事处", 3L, 1);

	private static final Department RND = department(6, "研发中心", null, 2);

	private static final Department ORPHAN = department(7, "遗留部门", 99L, 0);

	private static final Department ORPHANS_CHILD = department(8, "遗留小组", 7L, 0);

	private final DepartmentTree tree = new DepartmentTree(
			List.of(ZHENGZHOU, ORPHANS_CHILD, CENTRAL, RND, EAST, ORPHAN, SALES, HEAD_OFFICE));

	@Test
	void ordersBySortOrderThenIdWithChildrenUnderTheirParent() {
		assertThat(tree.nodes()).extracting(node -> node.department().getName())
			.containsExactly("遗留部门", "遗留小组", "总经理办公室", "销售部", "华东大区", "华中大区", "郑州办事处", "研发中心");
		assertThat(tree.nodes()).extracting(DepartmentTree.Node::depth).containsExactly(0, 1, 0, 0, 1, 1, 2, 0);
	}

	@Test
	void aSubtreeHoldsTheDepartmentAndEverythingBelowIt() {
		assertThat(tree.subtreeIds(2L)).containsExactlyInAnyOrder(2L, 3L, 4L, 5L);
		assertThat(tree.subtreeIds(3L)).containsExactlyInAnyOrder(3L, 5L);
		assertThat(tree.subtreeIds(5L)).containsExactly(5L);
		assertThat(tree.subtreeIds(42L)).isEmpty();
		assertThat(tree.subtreeIds(null)).isEmpty();
	}

	@Test
	void aDepartmentWhoseParentIsGoneIsARootNotLost() {
		assertThat(tree.nodes()).extracting(node -> node.department().getId()).contains(7L, 8L);
		assertThat(tree.subtreeIds(7L)).containsExactlyInAnyOrder(7L, 8L);
		assertThat(tree.contains(7L)).isTrue();
		assertThat(tree.contains(99L)).isFalse();
	}

	@Test
	void answersChildrenNamesAndIndentation() {
		assertThat(tree.childrenOf(null)).extracting(Department::getName).containsExactly("总经理办公室", "销售部", "研发中心");
		assertThat(tree.childrenOf(2L)).extracting(Department::getName).containsExactly("华东大区", "华中大区");
		assertThat(tree.nameOf(3L)).isEqualTo("华中大区");
		assertThat(tree.nameOf(null)).isNull();
		DepartmentTree.Node zhengzhou = tree.nodes().get(6);
		assertThat(zhengzhou.indentedName()).isEqualTo("\u3000\u3000郑州办事处");
		assertThat(new DepartmentTree.Node(ZHENGZHOU, 7).indent()).isEqualTo(4);
	}

	@Test
	void anEmptyEnterpriseHasAnEmptyTree() {
		assertThat(new DepartmentTree(List.of()).nodes()).isEmpty();
	}

	private static Department department(long id, String name, Long parentId, int sortOrder) {
		Department department = new Department(name, parentId, null, sortOrder);
		ReflectionTestUtils.setField(department, "id", id);
		return department;
	}
}
