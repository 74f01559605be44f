package newssearch.system;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made when it is first asked for, once, however many threads ask at the same time: for
 * what is slow to make and not always needed (the dictionary read backwards), or cannot be made
 * before the service is up (the search limits the cluster sizes). A failure to make it is not
 * remembered: the next use tries again.
 */
public final class OnFirstUse<T> {

  private final Supplier<T> make;
  private volatile T value;

  public OnFirstUse(Supplier<T> make) {
    this.make = make;
  }

  public T get() {
    T made = value;
    if (made == null) {
      synchronized (this) {
        if (value == null) {
          value = Objects.requireNonNull(make.get(), "made nothing");
        }
        made = value;
      }
    }
    return made;
  }
}
