package newssearch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MojibakeTest {

  @Test
  void russianReadAsWindows1252IsReadAgainAsWindows1251() {
    assertThat(Mojibake.repaired("Ìíîãèå êëàññè÷åñêèå òåàòðû â Ñîåäèí¸ííûõ Øòàòàõ — «ïûòàþòñÿ» ñòàòü äîñòóïíåå. ¨æ"))
        .isEqualTo("Многие классические театры в Соединённых Штатах — «пытаются» стать доступнее. Ёж");
  }

  @Test
  void russianReadAsLatin1IsReadAgainToo() {
    // Windows-1251's dash is 0x97, which Latin-1 reads as a control character.
    assertThat(Mojibake.repaired("Òåàòð \u0097 ýòî ñöåíà")).isEqualTo("Театр — это сцена");
  }

  @Test
  void textThatIsAlreadyRightIsLeftAsItIs() {
    assertThat(Mojibake.repaired("Élections à Paris : la présidente élue a prêté serment, déclare le Conseil"))
        .as("French: accents among plain letters").startsWith("Élections à Paris");
    assertThat(Mojibake.repaired("Café Müller")).isEqualTo("Café Müller");
    assertThat(Mojibake.repaired("Театр Ìíîãèå")).as("a Cyrillic letter: already read right").isEqualTo("Театр Ìíîãèå");
    assertThat(Mojibake.repaired("Ìíîãèå òåàòðû ∑")).as("a character neither encoding has").isEqualTo("Ìíîãèå òåàòðû ∑");
    assertThat(Mojibake.repaired("")).isEmpty();
  }
}
