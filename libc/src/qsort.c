/* qsort: a heap sort (in place, O(n log n) worst case, no recursion, no extra
 * memory), swapping elements byte by byte. Not stable, as C allows. */
#include <stdlib.h>

static void swap(char *a, char *b, size_t size)
{
	while (size--) {
		char t = *a;

		*a++ = *b;
		*b++ = t;
	}
}

/* Let the element at i sink until the heap of n elements below it is ordered. */
static void sift_down(char *base, size_t i, size_t n, size_t size,
		      int (*cmp)(const void *, const void *))
{
	for (;;) {
		size_t big = i, l = 2 * i + 1, r = l + 1;

		if (l < n && cmp(base + l * size, base + big * size) > 0)
			big = l;
		if (r < n && cmp(base + r * size, base + big * size) > 0)
			big = r;
		if (big == i)
			return;
		swap(base + i * size, base + big * size, size);
		i = big;
	}
}

void qsort(void *base, size_t n, size_t size,
	   int (*cmp)(const void *, const void *))
{
	size_t i;

	if (n < 2 || !size)
		return;
	for (i = n / 2; i-- > 0; )
		sift_down(base, i, n, size, cmp);
	for (i = n - 1; i > 0; i--) {
		swap(base, (char *)base + i * size, size);
		sift_down(base, 0, i, size, cmp);
	}
}
